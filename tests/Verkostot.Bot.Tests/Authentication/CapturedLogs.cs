using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>Keeps every log line written, to check what operators would see.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message, string Category, EventId EventId, Exception? Exception)> _entries = new();

    /// <summary>
    /// Each line as the formatter wrote it (<c>Message</c>, what the privacy tests scan) and, apart from it, the exception
    /// logged with it, for a failing test to say why.
    /// </summary>
    public IReadOnlyList<(LogLevel Level, string Message, string Category, EventId EventId, Exception? Exception)> Entries => _entries.ToArray();

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

    private sealed class Logger(ConcurrentQueue<(LogLevel, string, string, EventId, Exception?)> entries, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, formatter(state, exception), category, eventId, exception));
    }
}
