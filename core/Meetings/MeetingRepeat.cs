namespace Verkostot.Core.Meetings;

/// <summary>How a new meeting repeats; values of the form's choice.</summary>
public static class MeetingRepeat
{
    public const string None = "none";
    public const string Weekly = "weekly";
    public const string Monthly = "monthly";
}
