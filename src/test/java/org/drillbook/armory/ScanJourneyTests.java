package org.drillbook.armory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.drillbook.BrowserTestSupport;
import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;
import org.drillbook.session.SessionPlan;
import org.drillbook.session.SessionService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scanning with the phone's camera: Chromium's fake camera shows a weapon's label (a
 * video made here from the same QR code the label sheet prints), and the issue, return
 * and inventory screens read it, with the network cut once the page is loaded.
 */
class ScanJourneyTests extends BrowserTestSupport {

	/** The serial on the label in front of the camera. */
	static final String SERIAL = "QR-" + (System.nanoTime() % 1_000_000_000L);

	@Autowired
	TestData data;

	@Autowired
	ArmoryService armory;

	@Autowired
	SessionService sessions;

	@BeforeAll
	static void cameraShowsALabel() throws IOException {
		Path video = Files.createTempFile("drillbook-label", ".y4m");
		writeVideo(ScanCodes.weapon(SERIAL), video);
		restartBrowserWith("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
				"--use-file-for-fake-video-capture=" + video);
	}

	@Test
	void aScannedLabelFillsTheSerialTicksTheReturnAndCountsTheInventoryOffline() {
		long squad = this.data.unit(null);
		long recruit = this.data.recruit(TestData.unique("Scan"), squad);
		long weapon = this.armory.register(
				new WeaponDefinition(WeaponKind.RIFLE, "AK-74M", SERIAL, "5.45x39", null, null), DrillbookUser.SYSTEM);
		DrillbookUser admin = this.data.admin();
		long session = this.sessions.plan(new SessionPlan(squad, Instant.now().plusSeconds(600), "Range 2",
				Set.of(this.data.drillType()), admin.id(), Set.of()), admin);
		signIn(this.data.armorer().getUsername(), TestData.PASSWORD);

		browser.get(url("/armory/sessions/" + session));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("sessionIssueForm")));
		offline(true);
		click(By.cssSelector("#sessionIssueForm .scan-start"));
		wait(ExpectedConditions.attributeToBe(By.id("s" + recruit), "value", SERIAL));
		click(By.cssSelector("#sessionIssueForm .scan-stop"));
		offline(false);
		click(By.id("issueSessionWeapons"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("ret" + weapon)));

		offline(true);
		click(By.cssSelector("#sessionReturnForm .scan-start"));
		wait(ExpectedConditions.elementToBeSelected(By.id("ret" + weapon)));
		click(By.cssSelector("#sessionReturnForm .scan-stop"));
		offline(false);
		click(By.id("returnSessionWeapons"));
		wait(ExpectedConditions.invisibilityOfElementLocated(By.id("ret" + weapon)));

		browser.get(url("/armory/inventory"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("inventoryForm")));
		offline(true);
		click(By.cssSelector("#inventoryForm .scan-start"));
		wait(ExpectedConditions.textToBePresentInElementValue(By.id("serials"), SERIAL));
		click(By.cssSelector("#inventoryForm .scan-stop"));
		offline(false);
		assertThat(Arrays.stream(browser.findElement(By.id("serials")).getAttribute("value").split("\n")))
			.as("a label still in view is counted once")
			.containsExactly(SERIAL);
		assertThat(consoleErrors()).isEmpty();
	}

	private static void offline(boolean cut) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(cut);
		((HasNetworkConditions) browser).setNetworkConditions(conditions);
	}

	/**
	 * A one-frame Y4M video (Chromium's fake camera loops it) of the QR code, black on
	 * white in the middle of a 640 × 480 picture.
	 */
	static void writeVideo(String code, Path file) throws IOException {
		int width = 640;
		int height = 480;
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 360, 360, Map.of(EncodeHintType.MARGIN, 4));
		}
		catch (com.google.zxing.WriterException ex) {
			throw new IOException(ex);
		}
		byte[] luma = new byte[width * height];
		Arrays.fill(luma, (byte) 235);
		int left = (width - matrix.getWidth()) / 2;
		int top = (height - matrix.getHeight()) / 2;
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					luma[(top + y) * width + left + x] = 16;
				}
			}
		}
		byte[] chroma = new byte[(width / 2) * (height / 2)];
		Arrays.fill(chroma, (byte) 128);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
			out.write(luma);
			out.write(chroma);
			out.write(chroma);
		}
	}

}
