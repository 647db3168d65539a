using System.Diagnostics;
using Hangfire.Server;

namespace Verkostot.Bot.Telemetry;

/// <summary>
/// Each run of a Hangfire job as a span (source "Verkostot.Jobs"): what ran, which recurring entry started it, the
/// attempt, and how it ended. The database and HTTP spans of the run are its children. Job arguments are not
/// recorded, and a failure is recorded by its exception type only: a message may quote a person or an address.
/// </summary>
public sealed class JobRunSpans : IServerFilter
{
    public const string SourceName = "Verkostot.Jobs";

    private static readonly ActivitySource Source = new(SourceName);
    private const string SpanKey = "verkostot.span";

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var span = Source.StartActivity($"job {job.Type.Name}.{job.Method.Name}", ActivityKind.Internal);
        if (span is null) return;
        span.SetTag("verkostot.job.type", job.Type.Name);
        span.SetTag("verkostot.job.method", job.Method.Name);
        span.SetTag("verkostot.job.id", context.BackgroundJob.Id);
        span.SetTag("verkostot.job.recurring_id", context.GetJobParameter<string>("RecurringJobId"));
        span.SetTag("verkostot.job.retry", context.GetJobParameter<int>("RetryCount"));
        context.Items[SpanKey] = span;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(SpanKey, out var item) && item is Activity span)
        {
            if (context.Exception is { } e && !context.ExceptionHandled)
            {
                var type = (e.InnerException ?? e).GetType().FullName;
                span.SetTag("error.type", type);
                span.SetStatus(ActivityStatusCode.Error, type);
            }
            else if (context.Canceled)
            {
                span.SetTag("verkostot.job.outcome", "canceled");
            }
            span.Dispose();
        }
    }
}
