using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe users create-admin</c>: an account with the admin role, or an existing account made admin.</summary>
internal sealed class CreateAdminCommand : AsyncCommand<CreateAdminCommand.Settings>
{
    public sealed class Settings : AppCommandSettings
    {
        [CommandOption("--email <EMAIL>")]
        [Description("The account's email.")]
        public string Email { get; init; } = "";

        [CommandOption("--password <PASSWORD>")]
        [Description("Its password, for a new account (at least 8 characters). Default: read from DAKARCAFE_ADMIN_PASSWORD.")]
        public string? Password { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("Its display name, for a new account.")]
        public string Name { get; init; } = "Admin";

        public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Email)
            ? ValidationResult.Error("--email is required.")
            : ValidationResult.Success();
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var arguments = new Dictionary<string, string> { ["email"] = settings.Email, ["name"] = settings.Name };
        if ((settings.Password ?? Environment.GetEnvironmentVariable("DAKARCAFE_ADMIN_PASSWORD")) is { } password)
        {
            arguments["password"] = password;
        }

        return AppServerCommand.RunAsync(settings, "users create-admin", arguments, showProgress: false, cancellation);
    }
}
