using LocalCare.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Reminders;

/// <summary>Registers the reminder sources, the collection and the mailer with the given settings (the web app's configuration, the CLI's environment).</summary>
public static class ReminderServices
{
    public static IServiceCollection AddLocalCareReminders(this IServiceCollection services, SmtpSettings smtp, ReminderSettings settings) =>
        services.AddLocalCareReminders(() => smtp, () => settings);

    /// <summary>Reads the settings when first needed (the CLI: a bad setting is an error of the reminders commands alone).</summary>
    public static IServiceCollection AddLocalCareReminders(this IServiceCollection services, Func<SmtpSettings> smtp, Func<ReminderSettings> settings)
    {
        services.AddSingleton(_ => smtp());
        services.AddSingleton(_ => settings());
        // One line per kind: a new kind is its class and its line here.
        services.AddScoped<IReminderSource, QuarterlyUpdateReminders>();
        services.AddScoped<IReminderSource, ServicePlanReminders>();
        services.AddScoped<IReminderSource, AuditActionReminders>();
        services.AddScoped<IReminderSource, NarrativeReminders>();
        services.AddScoped<IReminderSource, BoardActionReminders>();
        services.AddScoped<IReminderSource, RiskReviewReminders>();
        services.AddScoped<ReminderCollection>();
        services.AddScoped<ReminderMailer>();
        return services;
    }
}
