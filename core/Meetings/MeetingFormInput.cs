namespace Verkostot.Core.Meetings;

/// <summary>The form's fields as the card sends them: strings, any of them missing.</summary>
public sealed record MeetingFormInput(
    string? NetworkId,
    string? Kind,
    string? Date,
    string? Time,
    string? Place,
    string? TeamsLink,
    string? Agenda,
    string? Repeat = null,
    string? Count = null);
