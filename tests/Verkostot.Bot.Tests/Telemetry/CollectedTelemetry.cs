using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Verkostot.Bot.Telemetry;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// What a host exported through OpenTelemetry's in-memory exporters: spans, metrics and logs, with the app's own
/// instrumentation and processors (ObservabilitySetup registers them; this builds the providers and exports here).
/// </summary>
public sealed class CollectedTelemetry
{
    // Exporters add from whichever thread ends a span or writes a log.
    private readonly LockedCollection<Activity> _spans = [];
    private readonly LockedCollection<MetricSnapshot> _metrics = [];
    private readonly LockedCollection<LogRecord> _logs = [];

    public void AddTo(IServiceCollection services) => services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
        .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics))
        .WithLogging(logging => logging.AddInMemoryExporter(_logs));

    public IReadOnlyList<Activity> Spans
    {
        get => _spans.Snapshot();
    }

    public IReadOnlyList<LogRecord> Logs
    {
        get => _logs.Snapshot();
    }

    /// <summary>Exports everything collected so far; metrics are cumulative, so the last export holds the totals.</summary>
    public void Flush(IServiceProvider services)
    {
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<LoggerProvider>().ForceFlush();
        _metrics.Clear();
        services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    /// <summary>Waits until the job run span <paramref name="name"/> (e.g. <c>job ReminderSweepJob.RunAsync</c>) has ended and been exported.</summary>
    public async Task<Activity> JobSpanAsync(IServiceProvider services, string name, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (true)
        {
            Flush(services);
            if (Spans.FirstOrDefault(s => s.DisplayName == name && s.Source.Name == JobRunSpans.SourceName) is { } span)
            {
                return span;
            }
            await Task.Delay(200, timeout.Token);
        }
    }

    /// <summary>The total of counter <paramref name="name"/> over the points whose tags include all of <paramref name="tags"/>.</summary>
    public long Sum(string name, params (string Key, string Value)[] tags) => _metrics.Snapshot()
        .Where(m => m.Name == name)
        .SelectMany(m => m.MetricPoints)
        .Where(point => tags.All(t => TagsOf(point).TryGetValue(t.Key, out var v) && Equals(v as string, t.Value)))
        .Sum(point => point.GetSumLong());

    /// <summary>Every text exported: span names and tags, metric tags, log messages, attributes and exceptions.</summary>
    public IReadOnlyList<string> Texts()
    {
        var texts = new List<string>();
        foreach (var span in Spans)
        {
            texts.Add(span.DisplayName);
            texts.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            texts.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)));
        }
        texts.AddRange(_metrics.Snapshot().SelectMany(m => m.MetricPoints).SelectMany(p => TagsOf(p).Select(t => $"{t.Key}={t.Value}")));
        foreach (var log in Logs)
        {
            texts.Add(log.FormattedMessage ?? "");
            texts.Add(log.Body ?? "");
            texts.Add(log.Exception?.ToString() ?? "");
            texts.AddRange((log.Attributes ?? []).Select(a => $"{a.Key}={a.Value}"));
        }
        return texts;
    }

    private static Dictionary<string, object?> TagsOf(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }
        return tags;
    }

    private sealed class LockedCollection<T> : System.Collections.ObjectModel.Collection<T>
    {
        public IReadOnlyList<T> Snapshot()
        {
            lock (this) return [.. Items];
        }

        protected override void InsertItem(int index, T item)
        {
            lock (this) base.InsertItem(index, item);
        }

        protected override void ClearItems()
        {
            lock (this) base.ClearItems();
        }
    }
}
