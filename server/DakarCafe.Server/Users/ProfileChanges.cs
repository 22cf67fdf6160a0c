using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Files;

namespace DakarCafe.Server.Users;

/// <summary>The profile mutations: each changes the caller's own user document through a rule and answers the new profile.</summary>
internal static class ProfileChanges
{
    public static async Task<User> UpdateProfileAsync(MutationContext ctx, UpdateProfileArgs args, CancellationToken ct)
    {
        var avatar = args.Avatar is null ? null : await FileReferences.OwnAsync(ctx, args.Avatar, UploadPurpose.Avatar, "avatar", ct);
        return await ApplyAsync(ctx, (u, now) => UserRules.UpdateProfile(u, args with { Avatar = avatar }, now), ct);
    }

    public static Task<User> AddAddressAsync(MutationContext ctx, AddressInput args, CancellationToken ct) =>
        ApplyAsync(ctx, (u, now) => UserRules.AddAddress(u, args, Guid.NewGuid().ToString("N")[..12], now), ct);

    public static Task<User> UpdateAddressAsync(MutationContext ctx, UpdateAddressArgs args, CancellationToken ct) =>
        ApplyAsync(ctx, (u, now) => UserRules.UpdateAddress(u, args.AddressId, args.Address, now), ct);

    public static Task<User> RemoveAddressAsync(MutationContext ctx, AddressIdArgs args, CancellationToken ct) =>
        ApplyAsync(ctx, (u, now) => UserRules.RemoveAddress(u, args.AddressId, now), ct);

    public static Task<User> UpdatePreferencesAsync(MutationContext ctx, UpdatePreferencesArgs args, CancellationToken ct) =>
        ApplyAsync(ctx, (u, now) => UserRules.UpdatePreferences(u, args.Preferences, now), ct);

    private static async Task<User> ApplyAsync(MutationContext ctx, Func<User, DateTimeOffset, User> change, CancellationToken ct)
    {
        var user = await ctx.LoadAsync<User>(Caller.Id(ctx), ct)
            ?? throw new AppError(ErrorCodes.NotFound, "This account has no profile.");
        var changed = change(user, ctx.Time.GetUtcNow());
        ctx.Store(changed);
        return changed;
    }
}
