using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Verkostot.Testing.Logging;

/// <summary>One line as an operator's sink would get it: the formatted message, the structured values an exporter
/// sends beside it, and the exception logged with it.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Message, string Category, EventId EventId, Exception? Exception, IReadOnlyList<string> Values)
{
    /// <summary>
    /// Everything of the entry that leaves the process: the message, each structured value (OpenTelemetry exports them
    /// as attributes even when the message template leaves one out) and the exception's full text with its inner ones.
    /// </summary>
    public string Everything => string.Join("\n", [Message, .. Values, Exception?.ToString() ?? ""]);
}

/// <summary>Keeps every log line written, to check what operators would see.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    /// <summary>Each line as the formatter wrote it (<c>Message</c>) and, apart from it, its values and exception.</summary>
    public IReadOnlyList<CapturedLogEntry> Entries => _entries.ToArray();

    /// <summary>The warnings and errors, each with its exception's types and messages (inner ones too) and where it was thrown, to print when a test fails.</summary>
    public string Problems() => string.Join("\n", Entries.Where(e => e.Level >= LogLevel.Warning).Select(e =>
        $"{e.Level} {e.Category}[{e.EventId.Id}] {e.Message}{Describe(e.Exception)}"));

    public ILogger CreateLogger(string categoryName) => new Logger(_entries, categoryName);

    public void Dispose()
    {
    }

    private static string Describe(Exception? exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            parts.Add($"{e.GetType().FullName}: {e.Message}");
        }
        // Where the innermost one was thrown: its first frames are what tells one race from another.
        var frames = exception?.GetBaseException().StackTrace?.Split('\n').Take(8).Select(f => $"\n      {f.Trim()}") ?? [];
        return parts.Count == 0 ? "" : $"\n    {string.Join("\n    ---> ", parts)}{string.Concat(frames)}";
    }

    private sealed class Logger(ConcurrentQueue<CapturedLogEntry> entries, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLogEntry(logLevel, formatter(state, exception), category, eventId, exception, ValuesOf(state)));

        private static IReadOnlyList<string> ValuesOf<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? [.. pairs.Where(p => p.Key != "{OriginalFormat}").Select(p => $"{p.Key}={p.Value}")]
                : [];
    }
}
