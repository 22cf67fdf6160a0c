using System.Reflection;
using System.Text;
using System.Text.Json;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>
/// The data browser: the deployment's document types ("tables") with their counts and fields, a page of documents
/// (filtered by a field's value, sorted by a field), and edits and deletes that go through the commit log like any
/// mutation's, so every client sees them live, each recorded in the audit log.
/// </summary>
internal static class DataBrowser
{
    private const int DefaultPageSize = 25;
    private const int MaxPageSize = 100;

    /// <summary>The dashboard's own records have views of their own and are not tables here.</summary>
    private static readonly Type[] Hidden = [typeof(AuditEntry), typeof(FunctionCallRecord), typeof(MetricsSample), typeof(ImpersonationGrant)];

    public static void Register(FunctionRegistry functions)
    {
        functions.AdminQuery<NoDashboardArgs, IReadOnlyList<TableInfo>>("tables", TablesAsync);
        functions.AdminQuery<DocumentPageArgs, DocumentPage>("documents", DocumentsAsync);
        functions.AdminMutation<UpdateDocumentArgs, DocumentRow>("updateDocument", UpdateAsync);
        functions.AdminMutation<DocumentKey, bool>("deleteDocument", DeleteAsync);
    }

    private static async Task<IReadOnlyList<TableInfo>> TablesAsync(QueryContext ctx, NoDashboardArgs args, CancellationToken ct)
    {
        var tables = new List<TableInfo>();
        foreach (var type in Browsable(ctx.Reader.Types))
        {
            var count = await ctx.Reader.SqlAsync(type, $"select count(*) from {ctx.Reader.Types.TableOf(type)}", r => r.GetInt64(0), ct);
            tables.Add(new TableInfo(type.Name, count[0], FieldsOf(type)));
        }

        return tables;
    }

    private static async Task<DocumentPage> DocumentsAsync(QueryContext ctx, DocumentPageArgs args, CancellationToken ct)
    {
        var type = TypeOf(ctx.Reader.Types, args.Table);
        var fields = FieldsOf(type);
        var table = ctx.Reader.Types.TableOf(type);
        var limit = DashboardFunctions.Limit(args.Limit, DefaultPageSize, MaxPageSize);
        var offset = DashboardFunctions.Offset(args.Offset);
        var parameters = new List<object?>();
        string Parameter(object value)
        {
            parameters.Add(value);
            return "$" + parameters.Count;
        }

        var where = "";
        if (args.FilterField is { } filterField)
        {
            Field(fields, filterField, "filterField");
            where = $"where data ->> {Parameter(filterField)} = {Parameter(args.FilterValue ?? "")}";
        }

        var filters = parameters.ToArray();
        var direction = args.Descending == true ? "desc" : "asc";
        var order = $"id {direction}";
        if (args.SortField is { } sortField)
        {
            Field(fields, sortField, "sortField");
            order = $"data ->> {Parameter(sortField)} {direction} nulls last, id {direction}";
        }

        var rows = await ctx.Reader.SqlAsync(type,
            $"select id::text, data::text, count(*) over () from {table} {where} order by {order} limit {limit} offset {offset}",
            r => (Id: r.GetString(0), Data: r.GetString(1), Total: r.GetInt64(2)), ct, [.. parameters]);
        var total = rows.Count > 0
            ? rows[0].Total
            : (await ctx.Reader.SqlAsync(type, $"select count(*) from {table} {where}", r => r.GetInt64(0), ct, filters))[0];
        return new DocumentPage([.. rows.Select(r => new DocumentRow(r.Id, JsonSerializer.Deserialize<JsonElement>(r.Data)))], total);
    }

    private static async Task<DocumentRow> UpdateAsync(MutationContext ctx, UpdateDocumentArgs args, CancellationToken ct)
    {
        var type = TypeOf(ctx.Reader.Types, args.Table);
        var before = await CurrentAsync(ctx, type, args.Id, ct);
        object document;
        try
        {
            document = await ctx.Reader.Serializer.FromJsonAsync(type, new MemoryStream(Encoding.UTF8.GetBytes(args.Data.GetRawText())), ct);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            var path = (e as JsonException)?.Path?.TrimStart('$', '.');
            throw AppError.Validation(string.IsNullOrEmpty(path) ? "data" : $"data.{path}", $"The document does not fit {type.Name}: {FirstLine(e.Message)}");
        }

        var id = ctx.Reader.Types.Read(document, ctx.Reader.Types.IdMember(type))?.ToString();
        if (!string.Equals(id, before.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw AppError.Validation($"data.{ctx.Reader.Types.IdMember(type)}", "A document's id cannot change.");
        }

        ctx.StoreObject(document);
        var after = ctx.Reader.Serializer.ToJson(document);
        await AuditTrail.RecordAsync(ctx, AuditActions.UpdateDocument, $"{type.Name}/{before.Id}", before.Json, after, ct);
        return new DocumentRow(before.Id, JsonSerializer.Deserialize<JsonElement>(after));
    }

    private static async Task<bool> DeleteAsync(MutationContext ctx, DocumentKey args, CancellationToken ct)
    {
        var type = TypeOf(ctx.Reader.Types, args.Table);
        var before = await CurrentAsync(ctx, type, args.Id, ct);
        ctx.DeleteObject(await ctx.Reader.Serializer.FromJsonAsync(type, new MemoryStream(Encoding.UTF8.GetBytes(before.Json)), ct));
        await AuditTrail.RecordAsync(ctx, AuditActions.DeleteDocument, $"{type.Name}/{before.Id}", before.Json, null, ct);
        return true;
    }

    private static async Task<(string Id, string Json)> CurrentAsync(MutationContext ctx, Type type, string id, CancellationToken ct)
    {
        var rows = await ctx.Reader.SqlAsync(type, $"select id::text, data::text from {ctx.Reader.Types.TableOf(type)} where id::text = $1",
            r => (Id: r.GetString(0), Json: r.GetString(1)), ct, id);
        return rows is [var row] ? row : throw new AppError(ErrorCodes.NotFound, $"No {type.Name} has the id '{id}'.", new { field = "id" });
    }

    private static IEnumerable<Type> Browsable(DocumentTypes types) => types.All.Where(t => !Hidden.Contains(t));

    private static Type TypeOf(DocumentTypes types, string table) =>
        Browsable(types).FirstOrDefault(t => t.Name == table) ?? throw new AppError(ErrorCodes.NotFound, $"No table is named '{table}'.", new { field = "table" });

    /// <summary>The top-level JSON fields of a document type, as Marten stores them (its property names).</summary>
    private static IReadOnlyList<string> FieldsOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Select(p => p.Name)];

    private static void Field(IReadOnlyList<string> fields, string name, string argument)
    {
        if (!fields.Contains(name, StringComparer.Ordinal))
        {
            throw AppError.Validation(argument, $"The table has no field '{name}'.");
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

/// <summary>A document type with its count and its fields.</summary>
internal sealed record TableInfo(string Name, long Documents, IReadOnlyList<string> Fields);

/// <summary>Which page of a table, filtered by a field's value and sorted by a field.</summary>
internal sealed record DocumentPageArgs(string Table, string? FilterField = null, string? FilterValue = null, string? SortField = null, bool? Descending = null,
    int? Offset = null, int? Limit = null);

/// <summary>A document by id, as stored.</summary>
internal sealed record DocumentRow(string Id, JsonElement Data);

/// <summary>A page of documents and how many the filter selects.</summary>
internal sealed record DocumentPage(IReadOnlyList<DocumentRow> Documents, long Total);

/// <summary>The whole new document for an id.</summary>
internal sealed record UpdateDocumentArgs(string Table, string Id, JsonElement Data);

/// <summary>A document by table and id.</summary>
internal sealed record DocumentKey(string Table, string Id);
