using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>
/// An unanswered question as coordinators see it: the same words asked several times are one item. <see cref="Id"/>
/// is the latest asking's; marking it marks every asking of the same words in the same network.
/// </summary>
public sealed record UnansweredItem(
    long Id,
    string Text,
    Language Language,
    int Times,
    DateTimeOffset LastAskedAt,
    string? NetworkId,
    UnansweredStatus Status,
    DateTimeOffset? MarkedAt);
