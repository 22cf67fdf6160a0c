using DakarCafe.Schema;
using DakarCafe.Testing;

namespace DakarCafe.Codegen.Tests;

public sealed class SdkFilesTests
{
    private static readonly string Generated = Path.Combine(RepositoryFolders.Root, "client-sdk", "typescript", "src", "generated");

    [Fact]
    public void The_committed_typescript_is_what_the_schema_generates_now()
    {
        foreach (var (name, content) in SdkFiles.Generate())
        {
            File.ReadAllText(Path.Combine(Generated, name)).Should().Be(content, $"{name} is out of date: run `bash scripts/codegen` and commit it");
        }
    }

    [Fact]
    public void Generating_twice_gives_the_same_files() =>
        SdkFiles.Generate().Should().BeEquivalentTo(SdkFiles.Generate());

    [Fact]
    public void Types_follow_the_wire_shape()
    {
        var types = SdkFiles.Generate()["types.ts"];

        types.Should().Contain("export type OrderStatus = \"pending\" | \"confirmed\" | \"processing\" | \"shipped\" | \"delivered\" | \"cancelled\";");
        types.Should().Contain("export type PaymentMethod = \"cashOnDelivery\" | \"orangeMoney\" | \"wave\" | \"card\";");
        types.Should().Contain("  items?: OrderItemInput[] | null;", "arguments with a default may be left out");
        types.Should().Contain("  postalCode: string | null;", "nullable fields say so");
        types.Should().Contain("  availability: Availability;", "computed properties travel too");
        types.Should().Contain("export type NoArgs = Record<string, never>;");
        types.Should().Contain("export interface Payment {", "documents no function returns are declared as well");
    }

    [Fact]
    public void The_api_object_names_every_public_function_with_its_types()
    {
        var api = SdkFiles.Generate()["api.ts"];

        api.Should().Contain("    getCurrentUser: query<t.NoArgs, t.User | null>(\"users:getCurrentUser\"),");
        api.Should().Contain("    createOrder: mutation<t.CreateOrderArgs, t.Order>(\"orders:createOrder\"),");
        api.Should().Contain("    startPayment: action<t.StartPaymentArgs, t.PaymentInstructions>(\"payments:startPayment\"),");
        api.Should().NotContain("applyNotification", "internal functions are not part of the API");
    }

    [Fact]
    public void Error_codes_become_typed_unions_clients_can_switch_on()
    {
        var errors = SdkFiles.Generate()["errors.ts"];

        errors.Should().Contain("  outOfStock: \"OUT_OF_STOCK\",", "the shop declares its codes");
        errors.Should().Contain("export type ShopErrorCode = (typeof shopErrorCodes)[keyof typeof shopErrorCodes];");
        errors.Should().Contain("  notFound: \"NOT_FOUND\",", "the engine's codes come too");
        errors.Should().Contain("export type AppErrorCode = EngineErrorCode | ShopErrorCode;");
        typeof(ShopErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Concat(typeof(DakarCafe.Protocol.ErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!))
            .Should().OnlyHaveUniqueItems("a code means one thing").And.AllSatisfy(code => code.Should().MatchRegex("^[A-Z]+(_[A-Z]+)*$"));
    }
}
