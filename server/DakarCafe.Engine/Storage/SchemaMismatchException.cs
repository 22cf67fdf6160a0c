namespace DakarCafe.Engine.Storage;

/// <summary>The database's schema is not the one this version expects, and <see cref="SchemaOptions.AutoCreate"/> is off; the message says what to run.</summary>
public sealed class SchemaMismatchException : Exception
{
    /// <summary>Creates the exception with a message meant for the operator.</summary>
    public SchemaMismatchException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the validation failure beneath it.</summary>
    public SchemaMismatchException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with no message.</summary>
    public SchemaMismatchException() { }
}
