using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Questions;
using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.Questions;

/// <summary>The real demo data as of Monday 23 November 2026, loaded once for all question tests.</summary>
public sealed class DemoCatalogFixture
{
    /// <summary>Monday 23 November 2026, 10.00 in Helsinki.</summary>
    public static readonly DateTimeOffset Monday23Nov2026 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public DemoCatalogFixture()
    {
        Time = new ManualClock(Monday23Nov2026);
        Catalog = NetworkCatalog.Create(DemoDataSet.Load(Time));
        Answerer = new QuestionAnswerer(Catalog, Time);
    }

    public ManualClock Time { get; }

    public NetworkCatalog Catalog { get; }

    public QuestionAnswerer Answerer { get; }
}
