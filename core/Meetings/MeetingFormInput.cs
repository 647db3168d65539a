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

/// <summary>How a new meeting repeats; values of the form's choice.</summary>
public static class MeetingRepeat
{
    public const string None = "none";
    public const string Weekly = "weekly";
    public const string Monthly = "monthly";
}
