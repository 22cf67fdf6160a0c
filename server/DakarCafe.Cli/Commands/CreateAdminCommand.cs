using System.ComponentModel;
using DakarCafe.Auth;
using DakarCafe.Engine.Errors;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe users create-admin</c>: an account with the admin role, or an existing account made admin.</summary>
internal sealed class CreateAdminCommand : AsyncCommand<CreateAdminCommand.Settings>
{
    public sealed class Settings : DeploymentSettings
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

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        await using var shop = await ShopInstance.StartAsync(settings);
        if (shop is null)
        {
            return 1;
        }

        var accounts = shop.Services.GetRequiredService<AccountStore>();
        var password = settings.Password ?? Environment.GetEnvironmentVariable("DAKARCAFE_ADMIN_PASSWORD");
        try
        {
            await accounts.SignUpAsync(settings.Email, password, settings.Name, cancellation);
        }
        catch (AppError taken) when (taken.Code == AuthErrorCodes.EmailTaken)
        {
            AnsiConsole.MarkupLine("The account exists; it is made admin.");
        }
        catch (AppError refused)
        {
            AnsiConsole.MarkupLine($"[red]No account was created:[/] {Markup.Escape(refused.Message)}");
            return 1;
        }

        await accounts.SetRoleAsync(settings.Email, "admin", cancellation);
        AnsiConsole.MarkupLine($"[green]{Markup.Escape(settings.Email)} is an admin.[/]");
        return 0;
    }
}
