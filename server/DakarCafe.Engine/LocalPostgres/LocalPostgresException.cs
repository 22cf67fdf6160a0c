namespace DakarCafe.Engine.LocalPostgres;

/// <summary>A private PostgreSQL cluster could not be found, initialised, started or stopped; the message says what to do.</summary>
public sealed class LocalPostgresException : Exception
{
    /// <summary>Creates the exception with a message meant for the person starting the server.</summary>
    public LocalPostgresException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the failure beneath it.</summary>
    public LocalPostgresException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with no message.</summary>
    public LocalPostgresException() { }
}
