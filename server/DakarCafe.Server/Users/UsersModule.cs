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
        engine.Functions.Query<NoArgs, User?>("users:getCurrentUser", AccessRule.Authenticated, GetCurrentUser.HandleAsync);
    }
}
