using Verkostot.Core.Catalog;
using Verkostot.Core.Time;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;

namespace Verkostot.Bot.Administration.Pages.Network.Meetings;

/// <summary>The meeting form's fields as posted; checked by core's <see cref="MeetingFormValidation"/>, as the chat form is.</summary>
public sealed class MeetingForm
{
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
    public string? TeamsLink { get; set; }
    public string? Agenda { get; set; }
    public string? Repeat { get; set; } = MeetingRepeat.None;
    public string? Count { get; set; }

    public MeetingFormInput ToInput(string networkId) => new(networkId, Kind, Date, Time, Place, TeamsLink, Agenda, Repeat, Count);

    public static MeetingForm From(Meeting meeting)
    {
        var local = HelsinkiTime.ToLocal(meeting.StartsAt);
        return new MeetingForm
        {
            Kind = meeting.Kind.ToString(),
            Date = local.ToString("yyyy-MM-dd"),
            Time = local.ToString("HH:mm"),
            Place = meeting.Place,
            TeamsLink = meeting.TeamsLink,
            Agenda = string.Join("\n", meeting.Agenda),
        };
    }
}
