using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>The unanswered questions' table and their monthly report rows in the outbox, applied from OnModelCreating.</summary>
public static class UnansweredQuestionsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<UnansweredQuestion>(e =>
        {
            e.ToTable("UnansweredQuestions");
            e.HasKey(q => q.Id);
            e.Property(q => q.Text).HasMaxLength(UnansweredQuestion.MaxTextLength);
            e.Property(q => q.Language).HasConversion<string>().HasMaxLength(10);
            e.Property(q => q.NetworkId).HasMaxLength(200);
            e.Property(q => q.Status).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(q => q.AskedAt);
            e.HasIndex(q => new { q.NetworkId, q.AskedAt });
        });
        OutboxModel.AddFeature<UnansweredReportMessage>(model, UnansweredReportMessage.Feature);
        model.Entity<UnansweredReportMessage>(e =>
        {
            OutboxModel.PersonColumn(e.Property(m => m.PersonId));
            e.Property(m => m.ReportNetworkId).HasMaxLength(200);
            e.Property(m => m.ReportMonth).HasMaxLength(7);
            e.HasIndex(m => new { m.ReportMonth, m.ReportNetworkId, m.PersonId }).IsUnique();
        });
    }
}
