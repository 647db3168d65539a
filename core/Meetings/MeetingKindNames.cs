using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Meetings;

/// <summary>A meeting kind in running text, lower case: "puheenjohtajiston kokous".</summary>
public static class MeetingKindNames
{
    public static string Of(MeetingKind kind, Language language) => kind switch
    {
        MeetingKind.PresidiumMeeting => language.Pick("puheenjohtajiston kokous", "presidiemöte", "presidium meeting"),
        MeetingKind.NetworkMeeting => language.Pick("verkostotapaaminen", "nätverksträff", "network meeting"),
        MeetingKind.ThematicMeeting => language.Pick("teematapaaminen", "temamöte", "thematic meeting"),
        MeetingKind.JointMeeting => language.Pick("yhteistapaaminen", "gemensamt möte", "joint meeting"),
        _ => language.Pick("työryhmän kokous", "arbetsgruppens möte", "working group meeting"),
    };

    /// <summary>Capitalised for a heading: "Puheenjohtajiston kokous".</summary>
    public static string Heading(MeetingKind kind, Language language)
    {
        var name = Of(kind, language);
        return string.Concat(name[..1].ToUpperInvariant(), name[1..]);
    }
}
