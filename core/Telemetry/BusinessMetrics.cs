using System.Diagnostics.Metrics;
using Verkostot.Core.Outbox;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Roster;

namespace Verkostot.Core.Telemetry;

/// <summary>
/// The figures an operator watches (meter "Verkostot"): questions answered and unanswered, deliveries of everything
/// sent exactly once by feature and outcome (reminders sent, failed, in doubt; announcements likewise), roster
/// changes and failed syncs. Tags are kinds and outcomes only: never a person, a name, an address or a text.
/// </summary>
public sealed class BusinessMetrics
{
    public const string MeterName = "Verkostot";

    private readonly Counter<long> _questions;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _rosterChanges;
    private readonly Counter<long> _rosterSyncFailures;

    /// <param name="meters">The host's meter factory; without one (a bare service collection) a meter of its own.</param>
    public BusinessMetrics(IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _questions = meter.CreateCounter<long>("verkostot.questions", "{question}",
            "Questions asked, by outcome (answered, unanswered, clarify, small_talk) and answer kind");
        _deliveries = meter.CreateCounter<long>("verkostot.deliveries", "{delivery}",
            "Outbox rows settled, by feature (reminder, announcement), outcome (sent, failed, in_doubt, …) and channel");
        _rosterChanges = meter.CreateCounter<long>("verkostot.roster.changes", "{person}",
            "Roster changes made by syncs with the Teams' groups, by change (joined, left, unmatched)");
        _rosterSyncFailures = meter.CreateCounter<long>("verkostot.roster.sync.failures", "{sync}",
            "Roster syncs that failed, by status (credentials_rejected, unavailable, not_configured, …)");
    }

    public void QuestionAnswered(AnswerKind kind, Domain.Language language) => _questions.Add(1,
        new("verkostot.question.outcome", OutcomeOf(kind)),
        new("verkostot.answer.kind", Snake(kind.ToString())),
        new("verkostot.language", language switch { Domain.Language.Swedish => "sv", Domain.Language.English => "en", _ => "fi" }));

    /// <param name="feature">The row type's feature, e.g. <c>reminder</c>.</param>
    public void Delivered(string feature, string outcome, DeliveryChannel channel, int count = 1)
    {
        if (count <= 0) return;
        _deliveries.Add(count,
            new("verkostot.delivery.feature", feature),
            new("verkostot.delivery.outcome", outcome),
            new("verkostot.delivery.channel", channel.ToString().ToLowerInvariant()));
    }

    public void RosterSynced(RosterChanges changes)
    {
        Changed("joined", changes.Joined.Count);
        Changed("left", changes.Left.Count);
        Changed("unmatched", changes.Unmatched.Count);
    }

    public void RosterSyncFailed(RosterSyncStatus status) =>
        _rosterSyncFailures.Add(1, new KeyValuePair<string, object?>("verkostot.roster.status", Snake(status.ToString())));

    /// <summary>An outbox state as a tag value: <c>sent</c>, <c>failed</c>, <c>in_doubt</c>, …</summary>
    public static string OutcomeOf(OutboxState state) => Snake(state.ToString());

    /// <summary>The feature of an outbox row type: <c>ReminderMessage</c> is <c>reminder</c>.</summary>
    public static string FeatureOf(Type rowType) =>
        (rowType.Name.EndsWith("Message", StringComparison.Ordinal) ? rowType.Name[..^"Message".Length] : rowType.Name).ToLowerInvariant();

    private void Changed(string change, int count)
    {
        if (count > 0) _rosterChanges.Add(count, new KeyValuePair<string, object?>("verkostot.roster.change", change));
    }

    // Found is an answer; NotFound and AskerUnknown are questions the data could not answer.
    private static string OutcomeOf(AnswerKind kind) => kind switch
    {
        AnswerKind.Found => "answered",
        AnswerKind.NotFound or AnswerKind.AskerUnknown => "unanswered",
        AnswerKind.Clarify => "clarify",
        _ => "small_talk",
    };

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
