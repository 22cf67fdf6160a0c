using System.Globalization;
using System.Text;
using Npgsql;

namespace DakarCafe.Bench;

/// <summary>What PostgreSQL spent its time on during a scenario, from <c>pg_stat_statements</c>.</summary>
internal static class StatementStatistics
{
    public static async Task ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { new("create extension if not exists pg_stat_statements"), new("select pg_stat_statements_reset()") },
        };
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>The statements with the most total execution time since the reset, as a Markdown table.</summary>
    public static async Task<string> TopAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\s+', ' ', 'g')
            from pg_stat_statements where query not like '%pg_stat_statements%'
            order by total_exec_time desc limit $1
            """, connection) { Parameters = { new() { Value = count } } };
        await using var reader = await command.ExecuteReaderAsync();
        var table = new StringBuilder("| calls | total ms | mean ms | rows | statement |\n|---:|---:|---:|---:|---|\n");
        while (await reader.ReadAsync())
        {
            var query = reader.GetString(4);
            table.Append(CultureInfo.InvariantCulture,
                $"| {reader.GetInt64(0)} | {reader.GetDouble(1):0} | {reader.GetDouble(2):0.000} | {reader.GetInt64(3)} | `{(query.Length > 140 ? query[..140] + "…" : query).Replace("|", "\\|", StringComparison.Ordinal)}` |\n");
        }

        return table.ToString();
    }
}
