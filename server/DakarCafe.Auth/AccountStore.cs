using System.Net.Mail;
using DakarCafe.Auth.Internal;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using Marten;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using OpenIddict.Abstractions;

namespace DakarCafe.Auth;

/// <summary>
/// Accounts: sign-up, password checks and changes, roles. Passwords are hashed with ASP.NET Core Identity's hasher.
/// A new password or a changed role ends every session of the account (its tokens are revoked). Each change is handed
/// to the app's <see cref="AuthFunctions.AccountChanged"/> mutation, when it registered one, before the call returns.
/// </summary>
public sealed class AccountStore
{
    private readonly IDocumentStore _store;
    private readonly IPasswordHasher<Account> _hasher;
    private readonly TimeProvider _time;
    private readonly IServiceScopeFactory _scopes;
    private readonly IFunctionCaller _functions;
    private readonly AuthOptions _options;
    private readonly bool _appFollowsChanges;
    private readonly bool _listed;
    private readonly string _nobodysHash;

    internal AccountStore(IDocumentStore store, IPasswordHasher<Account> hasher, TimeProvider time, IServiceScopeFactory scopes,
        IFunctionCaller functions, FunctionRegistry registry, AuthOptions options)
    {
        (_store, _hasher, _time, _scopes, _functions, _options) = (store, hasher, time, scopes, functions, options);
        _appFollowsChanges = registry.Names.Contains(AuthFunctions.AccountChanged, StringComparer.Ordinal);
        _listed = registry.Names.Contains(AccountsView.ListFunction, StringComparer.Ordinal);
        _nobodysHash = hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>The shortest password an account may have.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>Who a password is checked against when no account matches, so an unknown email takes as long as a wrong password.</summary>
    private static readonly Account Nobody = new(Guid.Empty, "", "", "", IsActive: false, DateTimeOffset.UnixEpoch);

    /// <summary>Makes an account with the default role (and, through the app's mutation, its user document); returns its id.</summary>
    /// <exception cref="AppError"><c>VALIDATION_ERROR</c> for a bad email, password or name; <c>EMAIL_TAKEN</c>.</exception>
    public async Task<Guid> SignUpAsync(string? email, string? password, string? name, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email) ?? throw AppError.Validation("email", "A valid email address is required.");
        CheckPassword(password, "password");
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw AppError.Validation("name", "A name of 1 to 100 characters is required.");
        }

        var now = _time.GetUtcNow();
        var account = new Account(Guid.NewGuid(), normalized, "", _options.DefaultRole, IsActive: true, now);
        account = account with { PasswordHash = _hasher.HashPassword(account, password!) };
        await using (var session = _store.LightweightSession())
        {
            session.Insert(account);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                throw new AppError(AuthErrorCodes.EmailTaken, "An account already uses this email.", new { field = "email" });
            }
        }

        try
        {
            await TellAppAsync(account, name.Trim(), AccountChangeKind.Created, now, ct);
        }
        catch
        {
            // No account without its user document: the sign-up fails whole, and the same email may try again.
            await using var undo = _store.LightweightSession();
            undo.Delete(account);
            await undo.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        return account.Id;
    }

    /// <summary>The active account with this email and password, its last login stamped; null when either is wrong.</summary>
    internal async Task<Account?> VerifyAsync(string? email, string? password, CancellationToken ct)
    {
        if (NormalizeEmail(email) is not { } normalized || string.IsNullOrEmpty(password))
        {
            return null;
        }

        Account? account;
        await using (var session = _store.QuerySession())
        {
            account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        }

        if (account is not { IsActive: true })
        {
            // As long as a wrong password takes, so the answer's time does not tell whether the email has an account.
            _hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
            return null;
        }

        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return null;
        }

        await SignedInAsync(account, ct);
        return account;
    }

    /// <summary>Tells the app the account signed in (with its password or a provider).</summary>
    private Task SignedInAsync(Account account, CancellationToken ct) => TellAppAsync(account, null, AccountChangeKind.SignedIn, _time.GetUtcNow(), ct);

    /// <summary>Gives an account one of <see cref="AuthOptions.Roles"/>, on the account and (through the app's mutation) its user document.</summary>
    /// <exception cref="AppError"><c>VALIDATION_ERROR</c> for an unknown role or a bad email; <c>NOT_FOUND</c>.</exception>
    public async Task SetRoleAsync(string email, string role, CancellationToken ct)
    {
        RoleNamed(role);
        var normalized = NormalizeEmail(email) ?? throw AppError.Validation("email", "A valid email address is required.");
        Account? account;
        await using (var session = _store.QuerySession())
        {
            account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        }

        await SetRoleAsync(account?.Id ?? throw new AppError(ErrorCodes.NotFound, "No account has this email.", new { field = "email" }), role, ct);
    }

    /// <summary>Gives the account with this id one of <see cref="AuthOptions.Roles"/>; a changed role ends its sessions. Returns the account.</summary>
    /// <exception cref="AppError"><c>VALIDATION_ERROR</c> for an unknown role; <c>NOT_FOUND</c>.</exception>
    public async Task<Account> SetRoleAsync(Guid id, string role, CancellationToken ct)
    {
        var roleName = RoleNamed(role);
        var (account, changed) = await UpdateAsync(id, a => a with { Role = roleName }, ct);
        await TellAppAsync(account, null, AccountChangeKind.RoleChanged, _time.GetUtcNow(), ct);
        if (changed)
        {
            // Tokens carry the role: those issued before must not keep it.
            await EndSessionsAsync(account.Id, ct);
        }

        return account;
    }

    /// <summary>
    /// Deactivates the account (it can no longer sign in, and every session ends at once, live connections included)
    /// or makes it active again. Returns the account.
    /// </summary>
    /// <exception cref="AppError"><c>NOT_FOUND</c>.</exception>
    public async Task<Account> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var (account, _) = await UpdateAsync(id, a => a with { IsActive = active }, ct);
        await TellAppAsync(account, null, AccountChangeKind.ActiveChanged, _time.GetUtcNow(), ct);
        if (!active)
        {
            await EndSessionsAsync(account.Id, ct);
        }

        return account;
    }

    /// <summary>What the dashboard shows of an account.</summary>
    internal static AccountListing Listing(Account account) =>
        new(account.Id, account.Email, account.Role, account.IsActive, account.CreatedAt, LastSignIn: null);

    /// <summary>Lists, for the dashboard, the accounts made before it was turned on.</summary>
    internal async Task ListUnlistedAsync(CancellationToken ct)
    {
        if (!_listed)
        {
            return;
        }

        IReadOnlyList<Account> unlisted;
        await using (var session = _store.QuerySession())
        {
            var listed = (await session.Query<AccountListing>().Select(a => a.Id).ToListAsync(ct)).ToHashSet();
            unlisted = [.. (await session.Query<Account>().ToListAsync(ct)).Where(a => !listed.Contains(a.Id))];
        }

        foreach (var account in unlisted)
        {
            await ListAsync(account, signedInAt: null, ct);
        }
    }

    private string RoleNamed(string? role) => _options.Roles.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw AppError.Validation("role", $"The role is one of: {string.Join(", ", _options.Roles)}.");

    private async Task<(Account Account, bool Changed)> UpdateAsync(Guid id, Func<Account, Account> change, CancellationToken ct)
    {
        await using var session = _store.LightweightSession();
        var account = await session.LoadAsync<Account>(id, ct) ?? throw new AppError(ErrorCodes.NotFound, "No account has this id.", new { field = "userId" });
        var changed = change(account);
        session.Update(changed);
        await session.SaveChangesAsync(ct);
        return (changed, changed != account);
    }

    /// <summary>
    /// The account of an email an external provider vouched for, signed in; made (with no usable password) on first
    /// sign-in. Null when that account is no longer active.
    /// </summary>
    internal async Task<Account?> SignInExternalAsync(string email, string name, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email) ?? throw AppError.Validation("email", "The provider gave no valid email address.");
        Account? account;
        await using (var session = _store.QuerySession())
        {
            account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        }

        if (account is null)
        {
            var id = await SignUpAsync(normalized, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), name, ct);
            account = (await FindAsync(id, ct))!;
        }

        if (!account.IsActive)
        {
            return null;
        }

        await SignedInAsync(account, ct);
        return account;
    }

    /// <summary>The account with this id, or null.</summary>
    public async Task<Account?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var session = _store.QuerySession();
        return await session.LoadAsync<Account>(id, ct);
    }

    /// <summary>Changes the password when the current one is right, then ends every session of the account.</summary>
    /// <exception cref="AppError"><c>VALIDATION_ERROR</c> for a too short or too long password; <c>FORBIDDEN</c> when the current one is wrong.</exception>
    public async Task ChangePasswordAsync(Guid id, string? current, string? replacement, CancellationToken ct)
    {
        CheckPassword(replacement, "newPassword");
        await using var session = _store.LightweightSession();
        var account = await session.LoadAsync<Account>(id, ct);
        if (account is null || current is null || _hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            throw new AppError(ErrorCodes.Forbidden, "The current password is wrong.", new { field = "currentPassword" });
        }

        session.Update(account with { PasswordHash = _hasher.HashPassword(account, replacement!) });
        await session.SaveChangesAsync(ct);
        // This session too: a thief's tokens die with the old password.
        await EndSessionsAsync(id, ct);
    }

    /// <summary>Revokes every token of the account; live connections lose its identity within the engine's recheck interval.</summary>
    private async Task EndSessionsAsync(Guid id, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuthStoreInitializer>().Ready.WaitAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(id.ToString(), ct);
    }

    /// <summary>
    /// Hands the change to the app's <see cref="AuthFunctions.AccountChanged"/> mutation (a server call, applied once,
    /// in the commit log), when the app registered one, and to the dashboard's listing of accounts, when it is on.
    /// </summary>
    private async Task TellAppAsync(Account account, string? name, AccountChangeKind kind, DateTimeOffset at, CancellationToken ct)
    {
        if (_appFollowsChanges)
        {
            await _functions.MutateAsync<bool>(AuthFunctions.AccountChanged,
                new AccountChange(account.Id, account.Email, name, account.Role, account.IsActive, kind, at), CallerIdentity.Anonymous, ct);
        }

        await ListAsync(account, kind == AccountChangeKind.SignedIn ? at : null, ct);
    }

    private async Task ListAsync(Account account, DateTimeOffset? signedInAt, CancellationToken ct)
    {
        if (_listed)
        {
            await _functions.MutateAsync<bool>(AccountsView.ListFunction, new ListedAccount(Listing(account), signedInAt), CallerIdentity.Anonymous, ct);
        }
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
