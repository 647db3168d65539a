using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>Keeps every log line written, to check what operators would see.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message, string Category, EventId EventId)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message, string Category, EventId EventId)> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(_entries, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, string, string, EventId)> entries, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, formatter(state, exception), category, eventId));
    }
}
