using Verkostot.Core.Announcements;

namespace Verkostot.Core.Tests.Announcements;

public sealed class ReportLineTests
{
    [Fact]
    public void Finnish_SendingWithFailures_ReadsAsInTheIssue()
    {
        Assert.Equal("Lähetetty 120 / 158 · 2 epäonnistui", ReportLine.Finnish(new DeliveryReport(158, 120, 2, 36, 0, [])));
    }

    [Fact]
    public void Finnish_Stopped_SaysHowManyWereStopped()
    {
        Assert.Equal("Lähetetty 40 / 158 · 118 pysäytetty", ReportLine.Finnish(new DeliveryReport(158, 40, 0, 0, 118, [])));
    }
}
