using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Users;

/// <summary>The users module: profiles of signed-in users, kept in step with their accounts.</summary>
internal static class UsersModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<User>(user => user.UniqueIndex(u => u.Email));
        AccountMigrations.Register(engine);
        var f = engine.Functions;
        f.OnAccountChanged(AccountSync.ApplyAsync);
        f.Query(Api.Users.GetCurrentUser, AccessRule.Authenticated, GetCurrentUser.HandleAsync);
        f.Query(Api.Users.GetUserProfile, AccessRule.Authenticated, GetUserProfile.HandleAsync);
        f.Mutation(Api.Users.UpdateProfile, AccessRule.Authenticated, ProfileChanges.UpdateProfileAsync);
        f.Mutation(Api.Users.AddAddress, AccessRule.Authenticated, ProfileChanges.AddAddressAsync);
        f.Mutation(Api.Users.UpdateAddress, AccessRule.Authenticated, ProfileChanges.UpdateAddressAsync);
        f.Mutation(Api.Users.RemoveAddress, AccessRule.Authenticated, ProfileChanges.RemoveAddressAsync);
        f.Mutation(Api.Users.UpdatePreferences, AccessRule.Authenticated, ProfileChanges.UpdatePreferencesAsync);
    }
}
