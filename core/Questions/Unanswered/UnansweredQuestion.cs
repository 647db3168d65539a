using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>
/// A question the bot could not answer, kept so that the data can grow where people actually ask. Never who asked
/// or in which chat: only the words, their language, when, and the network when one was known. Kept 90 days.
/// </summary>
public sealed class UnansweredQuestion
{
    public long Id { get; set; }
    /// <summary>The question as typed (the bot's @mention removed), at most <see cref="MaxTextLength"/> characters.</summary>
    public required string Text { get; set; }
    public Language Language { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    /// <summary>The network the question was about or asked in; null when none was known.</summary>
    public string? NetworkId { get; set; }
    public UnansweredStatus Status { get; set; }
    /// <summary>When a coordinator marked it; null while open.</summary>
    public DateTimeOffset? MarkedAt { get; set; }

    public const int MaxTextLength = 600;
}
