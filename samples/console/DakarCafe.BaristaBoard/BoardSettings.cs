namespace DakarCafe.BaristaBoard;

/// <summary>Where the board connects and who signs in: <c>--server</c>, <c>--email</c>, <c>--password</c>, or DAKARCAFE_* variables.</summary>
internal sealed record BoardSettings(Uri Server, string Email, string Password)
{
    public static BoardSettings From(string[] args)
    {
        string Setting(string name, string variable, string fallback)
        {
            var at = Array.IndexOf(args, "--" + name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : Environment.GetEnvironmentVariable(variable) ?? fallback;
        }

        return new BoardSettings(
            new Uri(Setting("server", "DAKARCAFE_SERVER", "http://127.0.0.1:5080")),
            Setting("email", "DAKARCAFE_EMAIL", "admin@dakarcafe.sn"),
            Setting("password", "DAKARCAFE_PASSWORD", "Admin-Teranga-2026"));
    }
}
