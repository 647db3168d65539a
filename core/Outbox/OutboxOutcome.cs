using Verkostot.Core.Messaging;

namespace Verkostot.Core.Outbox;

/// <summary>What became of one claimed row, for <see cref="DeliveryOutbox.SettleAsync"/>.</summary>
/// <param name="Attempted">False when nothing was sent: the claim does not count as an attempt.</param>
/// <param name="Channel">The row's channel from now on: the one that delivered it, or the lane it is handed over to; null keeps it.</param>
public sealed record OutboxOutcome(OutboxState State, string? Reason, SentMessage? Sent = null, DateTimeOffset? RetryAt = null, bool Attempted = true,
    DeliveryChannel? Channel = null)
{
    public const int ReasonMaxLength = 500;

    /// <summary>
    /// A send's result in the outbox's words, the same for every feature. A send that threw may have reached Teams
    /// first, so it is in doubt; a transient failure is retried at <paramref name="retryAt"/>, or failed when null.
    /// </summary>
    /// <param name="reason">The failure in the feature's words (a code, or a sentence its readers see).</param>
    /// <param name="channel">The channel the send went through.</param>
    public static OutboxOutcome Of(Delivery delivery, string? reason, DateTimeOffset? retryAt, DeliveryChannel channel = DeliveryChannel.Teams) => delivery switch
    {
        { Status: DeliveryStatus.Sent, Sent: { } sent } => Delivered(sent, channel),
        { Reason: DeliveryProblemCodes.SendCrashed } => Settled(OutboxState.InDoubt, reason),
        { Status: DeliveryStatus.Unreachable } => Settled(OutboxState.Unreachable, reason),
        { Status: DeliveryStatus.TransientFailure } when retryAt is { } at => Retry(at, reason),
        _ => Settled(OutboxState.Failed, reason),
    };

    public static OutboxOutcome Delivered(SentMessage sent, DeliveryChannel channel = DeliveryChannel.Teams) => new(OutboxState.Sent, null, sent, Channel: channel);

    /// <summary>
    /// Not delivered through the row's channel, but another may reach the person: pending again at once in the lane of
    /// <paramref name="channel"/>, with its attempts counted afresh. <paramref name="reason"/> says why the first failed.
    /// </summary>
    public static OutboxOutcome Handover(DeliveryChannel channel, string? reason) => new(OutboxState.Pending, Truncate(reason), Channel: channel);

    public bool IsHandover => State == OutboxState.Pending && Channel is not null;

    /// <summary>Back to pending after a transient failure, not tried again before <paramref name="at"/>.</summary>
    public static OutboxOutcome Retry(DateTimeOffset at, string? reason) => new(OutboxState.Pending, Truncate(reason), RetryAt: at);

    /// <summary>A final state after a send was attempted.</summary>
    public static OutboxOutcome Settled(OutboxState state, string? reason) => new(state, Truncate(reason));

    /// <summary>A final state without sending (no longer needed, or too late).</summary>
    public static OutboxOutcome Dropped(OutboxState state, string? reason) => new(state, Truncate(reason), Attempted: false);

    /// <summary>Handed back unsent, as if never claimed; claimable again from <paramref name="retryAt"/> (now when null).</summary>
    public static OutboxOutcome HandedBack(DateTimeOffset? retryAt = null) => new(OutboxState.Pending, null, RetryAt: retryAt, Attempted: false);

    private static string? Truncate(string? text) => text is { Length: > ReasonMaxLength } ? text[..ReasonMaxLength] : text;
}
