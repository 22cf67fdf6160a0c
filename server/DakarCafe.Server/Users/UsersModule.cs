using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Users;

/// <summary>The users module: profiles of signed-in users.</summary>
internal static class UsersModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<User>(user => user.UniqueIndex(u => u.Email));
        var f = engine.Functions;
        f.Query<NoArgs, User?>("users:getCurrentUser", AccessRule.Authenticated, GetCurrentUser.HandleAsync);
        f.Query<GetUserProfileArgs, User>("users:getUserProfile", AccessRule.Authenticated, GetUserProfile.HandleAsync);
        f.Mutation<UpdateProfileArgs, User>("users:updateProfile", AccessRule.Authenticated, ProfileChanges.UpdateProfileAsync);
        f.Mutation<AddressInput, User>("users:addAddress", AccessRule.Authenticated, ProfileChanges.AddAddressAsync);
        f.Mutation<UpdateAddressArgs, User>("users:updateAddress", AccessRule.Authenticated, ProfileChanges.UpdateAddressAsync);
        f.Mutation<AddressIdArgs, User>("users:removeAddress", AccessRule.Authenticated, ProfileChanges.RemoveAddressAsync);
        f.Mutation<UpdatePreferencesArgs, User>("users:updatePreferences", AccessRule.Authenticated, ProfileChanges.UpdatePreferencesAsync);
    }
}
