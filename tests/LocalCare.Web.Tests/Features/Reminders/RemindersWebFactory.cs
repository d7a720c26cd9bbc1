using LocalCare.Testing;
using Microsoft.AspNetCore.Hosting;

namespace LocalCare.Web.Tests.Features.Reminders;

/// <summary>The demo (no generated activity) with the demo's job titles mapped to its users; no SMTP server, so no email.</summary>
public class RemindersWebFactory : LocalCareWebFactory
{
    public const string Owners = "Director of Operations=manager; Chief Nurse=executive";

    protected override int DemoYears => 0;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Owners", Owners);
    }
}

/// <summary>As <see cref="RemindersWebFactory"/>, with SMTP pointing at a <see cref="SmtpListener"/> and the daily send at 10:00 (an hour after the fixed clock).</summary>
public sealed class EmailingRemindersWebFactory : RemindersWebFactory
{
    public SmtpListener Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "none");
        builder.UseSetting("Smtp:From", "localcare@demo.invalid");
        builder.UseSetting("Reminders:SendAt", "10:00");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
