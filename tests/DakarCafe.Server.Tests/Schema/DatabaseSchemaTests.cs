using DakarCafe.Fixtures;
using Npgsql;

namespace DakarCafe.Server.Tests.Schema;

public sealed class DatabaseSchemaTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Every_seed_table_exists_with_the_seeds_indexes()
    {
        var indexes = new List<(string Table, string Definition)>();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Within());
            await using var query = new NpgsqlCommand("select tablename, indexdef from pg_indexes where schemaname = 'public'", connection);
            await using var reader = await query.ExecuteReaderAsync(Within());
            while (await reader.ReadAsync(Within()))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var tables = indexes.Select(i => i.Table).ToHashSet();
        tables.Should().Contain(["mt_doc_user", "mt_doc_product", "mt_doc_category", "mt_doc_cart", "mt_doc_order",
            "mt_doc_deliverysubscription", "mt_doc_review", "mt_doc_payment", "mt_doc_analyticsevent"]);
        string Indexes(string table) => string.Join('\n', indexes.Where(i => i.Table == table).Select(i => i.Definition));
        Indexes("mt_doc_product").Should().Contain("Category").And.Contain("Price").And.Contain("Rating")
            .And.Contain("IsFeatured").And.Contain("IsActive").And.Contain("to_tsvector");
        Indexes("mt_doc_order").Should().Contain("UserId").And.Contain("Status").And.Contain("CreatedAt");
    }
}
