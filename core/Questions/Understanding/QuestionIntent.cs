namespace Verkostot.Core.Questions.Understanding;

public enum QuestionIntent
{
    Unknown,
    Greeting,
    Thanks,
    Help,
    /// <summary>Who holds a role (chair, vice chair, coordinator, management contact, secretary).</summary>
    RoleHolder,
    /// <summary>Whom to contact: the expert whose responsibilities cover the topic named, and the network's coordinator.</summary>
    Contact,
    /// <summary>The asker's own roles ("mikä on minun roolini").</summary>
    MyRoles,
    /// <summary>The meetings the asker is invited to ("milloin on seuraava kokoukseni").</summary>
    MyMeetings,
    /// <summary>The asker's answers to coming meetings ("olenko ilmoittautunut").</summary>
    MyAttendance,
    /// <summary>Who represents a region, maakunta or municipality in the presidium, and who is the deputy.</summary>
    Representation,
    /// <summary>Who sits in a body (the presidium, the advisory board …).</summary>
    BodyMembers,
    /// <summary>What roles a named person has.</summary>
    PersonInfo,
    /// <summary>Who holds a job title ("kuntaliiton toimitusjohtaja", "isojoen kunnanjohtaja").</summary>
    TitleHolder,
    NetworkOverview,
    NetworkSize,
    NetworkResidents,
    NetworkFounded,
    NetworkMembers,
    NetworkThemes,
    NetworkChannels,
    NetworkCadence,
    TermLength,
    NetworkList,
    NextMeeting,
    MeetingsInPeriod,
    MeetingAgenda,
    MeetingPlace,
    MeetingLink,
    PriorityDocument,
}
