using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DakarCafe.Fixtures;

/// <summary>Collects the error logs of a host, so a test can fail on an unexpected one (or find an expected one).</summary>
public sealed class ErrorLogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message, Exception? Exception)> _errors = new();

    public IReadOnlyList<(string Category, string Message, Exception? Exception)> Errors => [.. _errors];

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, _errors);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<(string, string, Exception?)> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue((category, formatter(state, exception), exception));
            }
        }
    }
}
