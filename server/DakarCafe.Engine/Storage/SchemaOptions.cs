namespace DakarCafe.Engine.Storage;

/// <summary>How the engine brings the database's schema to what the code expects (the <c>Engine:Schema</c> section).</summary>
public sealed class SchemaOptions
{
    /// <summary>
    /// True: every start creates or updates the tables, indexes and engine objects the code needs (development, the
    /// embedded database). False (production): the schema changes only through reviewed scripts (<c>dakarcafe
    /// db-patch</c>, then <c>db-apply</c>), and a start against a database that does not match refuses to serve,
    /// saying so.
    /// </summary>
    public bool AutoCreate { get; set; } = true;
}
