using System.Security.Cryptography;
using System.Text;

namespace DakarCafe.Server.Payments;

/// <summary>Per-checkout notification secrets are kept only as SHA-256 hashes, so a database reader cannot forge a notification.</summary>
internal static class NotificationTokens
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
