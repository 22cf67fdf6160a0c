using System.Text.RegularExpressions;
using Marten;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>
/// The counters a deployment declares (order numbers, invoice numbers, ...): one PostgreSQL sequence each, so numbers
/// are unique across nodes without a counter document that every mutation would conflict on. A number drawn by a
/// mutation that then rolls back or retries is not reused, so numbers have gaps.
/// </summary>
internal sealed partial class NamedSequences(IEnumerable<string> names)
{
    private readonly HashSet<string> _names = names.Select(Checked).ToHashSet(StringComparer.Ordinal);

    public static string Checked(string name) => NamePattern().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a sequence name (lower-case letters, digits and underscores).", nameof(name));

    /// <summary>The sequences' DDL (see <see cref="EngineSchema"/>).</summary>
    public static string Sql(IEnumerable<string> names) => string.Concat(names.Select(name => $"create sequence if not exists {Qualified(name)};\n"));

    public async Task<long> NextAsync(IQuerySession session, string name, CancellationToken ct)
    {
        if (!_names.Contains(name))
        {
            throw new InvalidOperationException($"No sequence named '{name}' is declared; declare it with engine.Sequence(\"{name}\").");
        }

        return (await session.AdvancedSql.QueryAsync<long>($"select nextval('{Qualified(name)}')", ct)).Single();
    }

    private static string Qualified(string name) => $"dakarcafe.seq_{name}";

    [GeneratedRegex("^[a-z][a-z0-9_]{0,50}$")]
    private static partial Regex NamePattern();
}
