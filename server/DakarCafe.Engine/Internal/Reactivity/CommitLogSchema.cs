using Npgsql;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// The commit log in PostgreSQL, written by triggers so that every write is seen: the engine's, other nodes', and
/// raw SQL. A row trigger on each document table records the old and new document in <c>dakarcafe.writes</c>;
/// a deferred trigger runs once per transaction at commit time, takes a transaction-scoped advisory lock, stamps the
/// transaction with the next version in <c>dakarcafe.commits</c> and sends <c>NOTIFY</c> with it. The lock is held from
/// that moment until the commit is visible, so version order is commit order: a snapshot that sees version V sees
/// every version below it, and never a gap that fills later. Mutations commit without waiting for their fsync, so the
/// lock is not held across it (see <see cref="Storage.DurabilityBarrier"/>).
/// </summary>
internal static class CommitLogSchema
{
    public const string NotifyChannel = "dakarcafe_commits";
    public const string ReceiptsTable = "dakarcafe.mutation_receipts";

    /// <summary>One row that each durability flush updates, so that its synchronous commit has a record to flush (see <see cref="Storage.DurabilityBarrier"/>).</summary>
    public const string FlushesTable = "dakarcafe.flushes";

    /// <summary>The deferred trigger that stamps a transaction with its version; a mutation fires it early to learn its version (see <see cref="Execution.ReadSetValidation"/>).</summary>
    public const string StampTrigger = "dakarcafe_stamp_commit";

    /// <summary>The row trigger on each document table that logs its writes (a TRUNCATE is logged by another, per statement).</summary>
    public const string RowLogTrigger = "dakarcafe_log_write";

    /// <summary>Orders commits; the same key on every node. Mutations take it too, to validate their reads just before committing.</summary>
    public const long CommitLockKey = 0x0DA4CAFE0002;

    /// <summary>
    /// Every mutation attempt holds it shared; an attempt that lost too many races holds it alone, so it runs while no
    /// other mutation does. Taken first thing in the transaction, before any row lock, so it cannot close a deadlock.
    /// </summary>
    public const long MutationGateKey = 0x0DA4CAFE0003;

    private static readonly string Schema = $"""
        create schema if not exists dakarcafe;

        create table if not exists dakarcafe.writes (
            seq bigserial primary key,
            xid xid8 not null default pg_current_xact_id(),
            table_name text not null,
            op char(1) not null,
            old_data jsonb,
            new_data jsonb);
        create index if not exists writes_xid on dakarcafe.writes (xid);
        -- The written document's id as text, so a mutation's check of its point reads filters in SQL (see ReadSetValidation).
        alter table dakarcafe.writes add column if not exists doc_id text;

        create sequence if not exists dakarcafe.versions;

        create table if not exists dakarcafe.commits (
            version bigint primary key,
            xid xid8 not null unique,
            committed_at timestamptz not null default clock_timestamp());

        create table if not exists dakarcafe.log_horizon (
            id int primary key default 1 check (id = 1),
            pruned_through bigint not null);
        insert into dakarcafe.log_horizon (pruned_through) values (0) on conflict do nothing;

        create table if not exists {FlushesTable} (id int primary key default 1 check (id = 1), count bigint not null);
        insert into {FlushesTable} (count) values (0) on conflict do nothing;

        create table if not exists {ReceiptsTable} (
            session_id text not null,
            request_id bigint not null,
            result bytea,
            xid xid8 not null default pg_current_xact_id(),
            created_at timestamptz not null default clock_timestamp(),
            primary key (session_id, request_id));

        create or replace function dakarcafe.log_document_write() returns trigger language plpgsql as $$
        begin
            if tg_op = 'UPDATE' and old.data = new.data then
                return null;
            end if;
            insert into dakarcafe.writes (table_name, op, old_data, new_data, doc_id) values (
                tg_table_schema || '.' || tg_table_name, left(tg_op, 1),
                case when tg_op <> 'INSERT' then old.data end,
                case when tg_op <> 'DELETE' then new.data end,
                case when tg_op = 'DELETE' then old.id::text else new.id::text end);
            return null;
        end $$;

        create or replace function dakarcafe.log_truncate() returns trigger language plpgsql as $$
        begin
            insert into dakarcafe.writes (table_name, op) values (tg_table_schema || '.' || tg_table_name, 'T');
            return null;
        end $$;

        create or replace function dakarcafe.log_receipt() returns trigger language plpgsql as $$
        begin
            insert into dakarcafe.writes (table_name, op, new_data) values ('{ReceiptsTable}', 'I',
                jsonb_build_object('sessionId', new.session_id, 'requestId', new.request_id));
            return null;
        end $$;

        create or replace function dakarcafe.stamp_commit() returns trigger language plpgsql as $$
        declare
            me text := pg_current_xact_id()::text;
            v bigint;
        begin
            if current_setting('dakarcafe.stamped_xid', true) = me then
                return null;
            end if;
            perform pg_advisory_xact_lock({CommitLockKey});
            v := nextval('dakarcafe.versions');
            insert into dakarcafe.commits (version, xid) values (v, pg_current_xact_id());
            perform pg_notify('{NotifyChannel}', v::text);
            perform set_config('dakarcafe.stamped_xid', me, true);
            return null;
        end $$;

        do $$ begin
            if not exists (select 1 from pg_trigger where tgname = '{StampTrigger}') then
                create constraint trigger {StampTrigger} after insert on dakarcafe.writes
                    deferrable initially deferred for each row execute function dakarcafe.stamp_commit();
            end if;
        end $$;

        create or replace trigger dakarcafe_log_receipt after insert on {ReceiptsTable}
            for each row execute function dakarcafe.log_receipt();
        """;

    /// <summary>
    /// Deletes commits older than <paramref name="keep"/> (and their writes) and receipts older than
    /// <paramref name="keepReceipts"/>, and raises the horizon: a node that had not read that far re-runs everything.
    /// </summary>
    public static async Task PruneAsync(NpgsqlDataSource dataSource, TimeSpan keep, TimeSpan keepReceipts, CancellationToken ct)
    {
        await using var prune = dataSource.CreateBatch();
        prune.BatchCommands.Add(new("""
            with old as (delete from dakarcafe.commits where committed_at < clock_timestamp() - $1 returning version, xid),
                 gone as (delete from dakarcafe.writes w using old where w.xid = old.xid)
            update dakarcafe.log_horizon set pruned_through = greatest(pruned_through, (select coalesce(max(version), 0) from old))
            """) { Parameters = { new() { Value = keep } } });
        prune.BatchCommands.Add(new($"delete from {ReceiptsTable} where created_at < clock_timestamp() - $1") { Parameters = { new() { Value = keepReceipts } } });
        await prune.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The log's DDL (idempotent) with the logging triggers on every document table (see <see cref="Storage.EngineSchema"/>).</summary>
    public static string Sql(IEnumerable<string> documentTables) => Schema + string.Concat(documentTables.Select(table => $"""

        create or replace trigger {RowLogTrigger} after insert or update or delete on {table}
            for each row execute function dakarcafe.log_document_write();
        create or replace trigger dakarcafe_log_truncate after truncate on {table}
            for each statement execute function dakarcafe.log_truncate();
        """));
}
