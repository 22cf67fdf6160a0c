using Npgsql;

namespace DakarCafe.Engine.Internal.Storage;

/// <summary>Finds what PostgreSQL said in an exception, however Marten or Npgsql wrapped it.</summary>
internal static class PostgresErrors
{
    /// <summary>The first <see cref="NpgsqlException"/> of type <typeparamref name="T"/> in the exception or its inner ones.</summary>
    public static T? Find<T>(Exception? e) where T : NpgsqlException
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The error PostgreSQL answered, if the exception carries one.</summary>
    public static PostgresException? Find(Exception? e) => Find<PostgresException>(e);

    /// <summary>
    /// A concurrent transaction got in the way: a serialization failure, a deadlock, or a unique index it claimed
    /// first (<paramref name="exceptConstraint"/> aside). Retrying reads what it did.
    /// </summary>
    public static bool IsConcurrencyClash(Exception e, string? exceptConstraint = null) => Find(e) switch
    {
        { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        { SqlState: PostgresErrorCodes.UniqueViolation } unique => unique.ConstraintName != exceptConstraint,
        _ => false,
    };
}
