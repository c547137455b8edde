using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace VenvLsp.Reliability.Tests.Support;

/// <summary>A logger that keeps every rendered line (with its exception), so tests can read the server's log.</summary>
public sealed class ListLogger : ILogger
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = formatter(state, exception);
        if (exception is not null) text += Environment.NewLine + exception;
        Lines.Enqueue((logLevel, text));
    }

    public string All => string.Join(Environment.NewLine, Lines.Select(l => $"[{l.Level}] {l.Text}"));
}
