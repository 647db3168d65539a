namespace Verkostot.Core.Privacy;

/// <summary>What one retention sweep removed, per kind: counts only, never whose.</summary>
public sealed record RetentionResult(
    int Announcements,
    int ReminderMessages,
    int UnansweredReports,
    int Answers,
    int ConversationReferences,
    int ChannelSpeakersForgotten,
    int Installations,
    int EmailOptOuts,
    int ChangeLogEntries,
    int InboxActivities)
{
    public int Total => Announcements + ReminderMessages + UnansweredReports + Answers + ConversationReferences + ChannelSpeakersForgotten
        + Installations + EmailOptOuts + ChangeLogEntries + InboxActivities;
}
