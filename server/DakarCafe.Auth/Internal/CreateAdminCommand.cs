using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Errors;

namespace DakarCafe.Auth.Internal;

/// <summary><c>users create-admin</c>: an account with the admin role, or an existing account made admin.</summary>
internal sealed class CreateAdminCommand : IDeploymentCommand
{
    public string Name => "users create-admin";

    public bool StartsApp => true;

    public async Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct)
    {
        var email = context.RequiredArgument("email");
        var accounts = context.Services.GetRequiredService<AccountStore>();
        var existing = "";
        try
        {
            await accounts.SignUpAsync(email, context.Argument("password"), context.Argument("name"), ct);
        }
        catch (AppError taken) when (taken.Code == AuthErrorCodes.EmailTaken)
        {
            existing = "The account existed; ";
        }
        catch (AppError refused)
        {
            return DeploymentCommandOutcome.Failure($"No account was created: {refused.Message}");
        }

        await accounts.SetRoleAsync(email, "admin", ct);
        return DeploymentCommandOutcome.Success($"{existing}{email} is an admin.");
    }
}
