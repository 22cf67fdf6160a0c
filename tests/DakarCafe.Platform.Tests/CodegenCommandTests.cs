using DakarCafe.Fixtures;
namespace DakarCafe.Platform.Tests;

/// <summary><c>dakarcafe codegen</c> in an app that is not the shop, outside the repository, built from the packages.</summary>
public sealed class CodegenCommandTests(PackedSolution packed)
{
    private const string Api = """
        using DakarCafe.Protocol;

        namespace Notes.Schema;

        /// <summary>A note on the board.</summary>
        /// <param name="Id">Its id.</param>
        /// <param name="Text">What it says.</param>
        public sealed record Note(Guid Id, string Text);

        /// <summary>Which notes.</summary>
        /// <param name="Limit">At most this many.</param>
        public sealed record ListNotesArgs(int Limit = 20);

        /// <summary>The board's error codes.</summary>
        [ErrorCodeCatalog]
        public static class NotesErrorCodes
        {
            /// <summary>The board is full.</summary>
            public const string BoardFull = "BOARD_FULL";
        }

        public static class Api
        {
            public static class Notes
            {
                /// <summary>The newest notes.</summary>
                public static QueryReference<ListNotesArgs, IReadOnlyList<Note>> List { get; } = new("notes:list");
                //MORE
            }
        }
        """;

    [Fact]
    public async Task Codegen_writes_a_strangers_api_types_and_error_codes_into_their_app_and_keeps_them_current()
    {
        using var app = new StrangerApp(packed.Feed);
        app.Write("dakarcafe.json", """{ "schema": "Notes.Schema/Notes.Schema.csproj", "server": "Notes.Server/Notes.Server.csproj", "generated": "web/src/_generated" }""");
        app.Write("Notes.Schema/Notes.Schema.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DakarCafe.Protocol" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Notes.Schema/Api.cs", Api);
        app.Write("web/src/main.ts", "");

        var first = await app.CliAsync("web", "codegen");
        var check = await app.CliAsync("web/src", "codegen", "--check");
        app.Write("Notes.Schema/Api.cs", Api.Replace("//MORE", """
            /// <summary>Pins a note.</summary>
            public static MutationReference<Note, bool> Pin { get; } = new("notes:pin");
            """, StringComparison.Ordinal));
        var stale = await app.CliAsync(".", "codegen", "--check");
        var second = await app.CliAsync(".", "codegen");
        var apiAfterSecond = app.Read("web/src/_generated/api.ts");
        app.Write("Notes.Schema/Broken.cs", "namespace Notes.Schema; public sealed record Broken(int");
        var broken = await app.CliAsync(".", "codegen");

        first.ExitCode.Should().Be(0, first.Output);
        first.Output.Should().Contain("written");
        check.ExitCode.Should().Be(0, check.Output);
        check.Output.Should().Contain("up to date");
        stale.ExitCode.Should().Be(1, "a schema change leaves the generated code out of date");
        stale.Output.Should().Contain("out of date");
        second.ExitCode.Should().Be(0, second.Output);
        broken.ExitCode.Should().Be(1);
        broken.Output.Should().Contain("error CS").And.Contain("did not build");
        app.Read("web/src/_generated/api.ts").Should().Be(apiAfterSecond, "a schema that does not build leaves the generated code alone");
        var api = apiAfterSecond;
        api.Should().Contain("import { action, mutation, query } from \"@dakarcafe/client\";")
            .And.Contain("    list: query<t.ListNotesArgs, t.Note[]>(\"notes:list\"),")
            .And.Contain("    pin: mutation<t.Note, boolean>(\"notes:pin\"),")
            .And.Contain("/** The newest notes. */");
        app.Read("web/src/_generated/types.ts").Should().Contain("export interface Note {").And.Contain("  limit?: number;")
            .And.NotContain("Product", "the shop's types stay the shop's");
        app.Read("web/src/_generated/errors.ts").Should().Contain("  boardFull: \"BOARD_FULL\",")
            .And.Contain("export type AppErrorCode = ErrorCode | NotesErrorCode;");
    }

    [Fact]
    public async Task Outside_any_app_codegen_says_what_it_needs()
    {
        using var app = new StrangerApp(packed.Feed);

        var (exitCode, output) = await app.CliAsync(".", "codegen");

        exitCode.Should().Be(1);
        output.Should().Contain("No dakarcafe.json");
    }
}
