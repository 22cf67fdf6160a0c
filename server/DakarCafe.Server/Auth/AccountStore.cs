using System.Net.Mail;
using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;
using DakarCafe.Schema.Users;
using Marten;
using Marten.Patching;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using OpenIddict.Abstractions;

namespace DakarCafe.Server.Auth;

/// <summary>
/// Accounts: sign-up (with the user document), password checks and changes. Passwords are hashed with ASP.NET Core
/// Identity's hasher. A new password or a changed role ends every session of the account (its tokens are revoked).
/// </summary>
internal sealed class AccountStore(IDocumentStore store, IPasswordHasher<Account> hasher, TimeProvider time, IServiceScopeFactory scopes)
{
    public const int MinimumPasswordLength = 8;

    /// <summary>Who a password is checked against when no account matches, so an unknown email takes as long as a wrong password.</summary>
    private static readonly Account Nobody = new(Guid.Empty, "", "", "", IsActive: false, DateTimeOffset.UnixEpoch);

    private readonly string _nobodysHash = hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

    public async Task<Guid> SignUpAsync(string? email, string? password, string? name, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email) ?? throw AppError.Validation("email", "A valid email address is required.");
        CheckPassword(password, "password");
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw AppError.Validation("name", "A name of 1 to 100 characters is required.");
        }

        var now = time.GetUtcNow();
        var id = Guid.NewGuid();
        var account = new Account(id, normalized, "", nameof(UserRole.User).ToLowerInvariant(), IsActive: true, now);
        account = account with { PasswordHash = hasher.HashPassword(account, password!) };
        await using var session = store.LightweightSession();
        session.Insert(account);
        session.Insert(new User(id, normalized, name.Trim(), null, null, [], UserPreferences.Default, UserRole.User, true, null, now, now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new AppError("EMAIL_TAKEN", "An account already uses this email.", new { field = "email" });
        }

        return id;
    }

    /// <summary>The active account with this email and password, its last login stamped; null when either is wrong.</summary>
    public async Task<Account?> VerifyAsync(string? email, string? password, CancellationToken ct)
    {
        if (NormalizeEmail(email) is not { } normalized || string.IsNullOrEmpty(password))
        {
            return null;
        }

        await using var session = store.LightweightSession();
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        if (account is not { IsActive: true })
        {
            // As long as a wrong password takes, so the answer's time does not tell whether the email has an account.
            hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
            return null;
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return null;
        }

        session.Patch<User>(account.Id).Set(u => u.LastLogin, time.GetUtcNow());
        await session.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>Gives an account a role (user, admin or moderator), on the account and on the user document.</summary>
    public async Task SetRoleAsync(string email, string role, CancellationToken ct)
    {
        var userRole = Enum.TryParse<UserRole>(role, ignoreCase: true, out var parsed) ? parsed : throw AppError.Validation("role", "The role is user, admin or moderator.");
        var normalized = NormalizeEmail(email) ?? throw AppError.Validation("email", "A valid email address is required.");
        await using var session = store.LightweightSession();
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct)
            ?? throw new AppError("NOT_FOUND", "No account has this email.", new { field = "email" });
        var roleName = userRole.ToString().ToLowerInvariant();
        var changed = !string.Equals(account.Role, roleName, StringComparison.Ordinal);
        session.Update(account with { Role = roleName });
        session.Patch<User>(account.Id).Set(u => u.Role, userRole);
        await session.SaveChangesAsync(ct);
        if (changed)
        {
            // Tokens carry the role: those issued before must not keep it.
            await EndSessionsAsync(account.Id, ct);
        }
    }

    /// <summary>The account of an email an external provider vouched for; made (with no usable password) on first sign-in.</summary>
    public async Task<Account> FindOrCreateExternalAsync(string email, string name, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email) ?? throw AppError.Validation("email", "The provider gave no valid email address.");
        await using (var session = store.QuerySession())
        {
            if (await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct) is { } existing)
            {
                return existing;
            }
        }

        var id = await SignUpAsync(normalized, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), name, ct);
        return (await FindAsync(id, ct))!;
    }

    public async Task<Account?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Account>(id, ct);
    }

    public async Task ChangePasswordAsync(Guid id, string? current, string? replacement, CancellationToken ct)
    {
        CheckPassword(replacement, "newPassword");
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<Account>(id, ct);
        if (account is null || current is null || hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            throw new AppError(ErrorCodes.Forbidden, "The current password is wrong.", new { field = "currentPassword" });
        }

        session.Update(account with { PasswordHash = hasher.HashPassword(account, replacement!) });
        await session.SaveChangesAsync(ct);
        // This session too: a thief's tokens die with the old password.
        await EndSessionsAsync(id, ct);
    }

    /// <summary>Revokes every token of the account; live connections lose its identity within the engine's recheck interval.</summary>
    private async Task EndSessionsAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuthStoreInitializer>().Ready.WaitAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(id.ToString(), ct);
    }

    /// <summary>Trimmed and lower-cased, or null when it is not an email address.</summary>
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant();
        return !string.IsNullOrEmpty(trimmed) && trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed
            ? trimmed
            : null;
    }

    private static void CheckPassword(string? password, string field)
    {
        if (password is null || password.Length < MinimumPasswordLength || password.Length > 200)
        {
            throw AppError.Validation(field, $"A password of {MinimumPasswordLength} to 200 characters is required.");
        }
    }
}
