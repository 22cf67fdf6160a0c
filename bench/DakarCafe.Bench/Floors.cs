using System.Diagnostics;
using DakarCafe.Engine.LocalPostgres;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Bench;

/// <summary>The two floors S1 is compared with, measured in the same run on the same machine.</summary>
internal static class Floors
{
    /// <summary>A bare commit that sends NOTIFY, until a LISTENing connection receives it.</summary>
    public static async Task<Latencies> CommitNotifyAsync(string connectionString, int rounds)
    {
        await using var listener = new NpgsqlConnection(connectionString);
        await listener.OpenAsync();
        await using (var setup = new NpgsqlCommand("create table if not exists bench_floor(id int primary key, v bigint); insert into bench_floor values (1, 0) on conflict do nothing; listen bench_floor", listener))
        {
            await setup.ExecuteNonQueryAsync();
        }

        var received = new SemaphoreSlim(0);
        listener.Notification += (_, _) => received.Release();
        var waiting = Task.Run(async () =>
        {
            for (var i = 0; i < rounds; i++)
            {
                await listener.WaitAsync();
            }
        });
        await using var writer = new NpgsqlConnection(connectionString);
        await writer.OpenAsync();
        var latencies = new Latencies();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var transaction = await writer.BeginTransactionAsync())
            {
                await using var batch = new NpgsqlBatch(writer, transaction)
                {
                    BatchCommands = { new("update bench_floor set v = v + 1 where id = 1"), new("select pg_notify('bench_floor', '1')") },
                };
                await batch.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }

            await received.WaitAsync(TimeSpan.FromSeconds(10));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        return latencies;
    }

    /// <summary>
    /// The write floor: <paramref name="connections"/> connections each committing, as fast as they can, an update of one
    /// product-sized JSON document, the insert of one log row and a <c>NOTIFY</c>, <paramref name="commits"/> in all.
    /// Returns commits per second.
    /// </summary>
    public static async Task<double> ConcurrentWritesAsync(string connectionString, int connections, int commits)
    {
        var document = System.Text.Json.JsonSerializer.Serialize(new
        {
            name = "Bench capsule",
            description = new string('x', 600),
            price = 3_000,
            inventory = new { stock = 1_000_000, lowStockThreshold = 1, isTracked = true },
            tags = "capsule espresso bench",
            seo = new { slug = "bench-capsule", title = new string('y', 80) },
        });
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlBatch(setup)
            {
                BatchCommands =
                {
                    new("create table if not exists bench_docs(id int primary key, data jsonb not null)"),
                    new("create table if not exists bench_log(seq bigserial primary key, data jsonb)"),
                    new("insert into bench_docs select g, $1::jsonb from generate_series(1, 100) g on conflict do nothing") { Parameters = { new() { Value = document } } },
                },
            };
            await create.ExecuteNonQueryAsync();
        }

        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            for (var i = Interlocked.Increment(ref next); i < commits; i = Interlocked.Increment(ref next))
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var batch = new NpgsqlBatch(connection, transaction)
                {
                    BatchCommands =
                    {
                        new("update bench_docs set data = jsonb_set(data, '{price}', to_jsonb($1)) where id = $2")
                        {
                            Parameters = { new() { Value = i }, new() { Value = (i % 100) + 1 } },
                        },
                        new("insert into bench_log(data) values ($1::jsonb)") { Parameters = { new() { Value = document } } },
                        new("select pg_notify('bench_floor', '1')"),
                    },
                };
                await batch.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }
        })));
        return commits / total.Elapsed.TotalSeconds;
    }

    /// <summary>SignalR's broadcast of <paramref name="payloadBytes"/> bytes to <paramref name="connections"/> raw MessagePack readers, until the last one has it.</summary>
    public static async Task<(Latencies Latencies, double DeliveriesPerSecond)> BroadcastAsync(Uri server, int connections, int rounds, int payloadBytes)
    {
        var readers = new List<RawReader>();
        var latencies = new Latencies();
        var remaining = 0;
        long started = 0;
        var roundDone = new SemaphoreSlim(0);
        for (var i = 0; i < connections; i++)
        {
            readers.Add(await RawReader.ConnectAsync(server, BenchServer.FloorHubPath, message =>
            {
                if (message.Length < payloadBytes)
                {
                    return;
                }

                latencies.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref started)).TotalMilliseconds);
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    roundDone.Release();
                }
            }));
        }

        await using var sender = new HubConnectionBuilder().WithUrl(new Uri(server, BenchServer.FloorHubPath)).AddMessagePackProtocol().Build();
        sender.On<byte[]>("Payload", _ => { });
        await sender.StartAsync();
        var payload = new byte[payloadBytes];
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            Interlocked.Exchange(ref remaining, connections);
            Interlocked.Exchange(ref started, Stopwatch.GetTimestamp());
            await sender.InvokeAsync("Broadcast", payload);
            if (!await roundDone.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("Not every reader got the broadcast within 30 s.");
            }
        }

        var rate = connections * (double)rounds / total.Elapsed.TotalSeconds;
        foreach (var reader in readers)
        {
            await reader.DisposeAsync();
        }

        return (latencies, rate);
    }

    /// <summary>A private cluster for the run, in a temporary folder, keeping statement statistics (see <see cref="StatementStatistics"/>).</summary>
    public static Task<LocalPostgresCluster> StartPostgresAsync(string folder)
    {
        var options = new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(folder, "data"),
            Database = "bench",
            Settings = new Dictionary<string, string> { ["shared_preload_libraries"] = "pg_stat_statements" },
        };
        return LocalPostgresCluster.StartAsync(options, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    }
}
