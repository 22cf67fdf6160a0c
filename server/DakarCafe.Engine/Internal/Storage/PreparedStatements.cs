using Npgsql;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// The statements the engine sends thousands of times (the mutation gate, the read-set check, a document load, the
/// log read) are prepared on each connection after their second use, so PostgreSQL stops parsing and planning them
/// on every call. A connection string that sets <c>Max Auto Prepare</c> itself keeps its value.
/// </summary>
internal static class PreparedStatements
{
    private const int MaxAutoPrepare = 64;

    public static string Enable(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Contains("auto prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
