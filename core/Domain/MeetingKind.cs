namespace Verkostot.Core.Domain;

public enum MeetingKind
{
    NetworkMeeting,
    PresidiumMeeting,
    ThematicMeeting,
    JointMeeting,
    WorkingGroupMeeting,
}
