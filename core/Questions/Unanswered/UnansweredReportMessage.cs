using Verkostot.Core.Outbox;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>The monthly card of a network's unanswered questions owed to one of its coordinators: an outbox row.</summary>
public sealed class UnansweredReportMessage : OutboxMessage
{
    public const string Feature = "unanswered";

    /// <summary>The coordinator.</summary>
    public required string PersonId { get; set; }
    public required string ReportNetworkId { get; set; }
    /// <summary>The month the questions were asked in, "2026-11".</summary>
    public required string ReportMonth { get; set; }
}
