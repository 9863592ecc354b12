package org.physiokiosk.ui.staff;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.physiokiosk.staff.PinGate;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.journey.IdleTimer;

/**
 * Staff mode's comings and goings: the hidden gesture or Ctrl+Alt+S opens the keypad (the PIN,
 * the one-time setup code, or "not set up", as {@link org.physiokiosk.staff.StaffAccess} says),
 * the right PIN opens the back office, Ctrl+Shift+Q asks for the PIN before leaving the kiosk,
 * and it locks itself after a while without a touch.
 * The host shows what it is given ({@code show}) and gets the loop back ({@code close}).
 */
public final class StaffMode {

    private final JFrame frame;
    private final StaffServices services;
    private final Texts texts;
    private final Executor work;
    private final SlideViews views;
    private final Consumer<JComponent> show;
    private final Consumer<Boolean> close;
    private final PinPadPresenter keypad;
    private final PinPad pad;
    private final CornerHold hold;
    private final IdleTimer idle;
    private final Timer autoLock;
    /** Staff mode's A+ level: the back office and the keypad follow it; back to 1 when staff mode is left. */
    private final LargerTextPresenter larger = new LargerTextPresenter();
    private StaffPanel panel;
    private boolean open;

    /**
     * @param show  puts a staff screen in the window
     * @param close back to the patients' screens; true when something was saved (restart with it)
     */
    public StaffMode(JFrame frame, StaffServices services, Texts texts, Executor work, SlideViews views,
                     Consumer<JComponent> show, Consumer<Boolean> close) {
        this.frame = frame;
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.views = views;
        this.show = show;
        this.close = close;
        var staff = services.settings().staff();
        StaffWork onScreen = new StaffWork(work, SwingUtilities::invokeLater);
        this.keypad = new PinPadPresenter(texts, new PinGate(staff.lockout(), System::currentTimeMillis), onScreen,
                services::access, new PinSaving(services::savePin, onScreen), new PinPadPresenter.Host() {
                    @Override
                    public void entered(PinPadPresenter.Purpose purpose) {
                        switch (purpose) {
                            case OPEN_STAFF -> {
                                services.record(EventType.STAFF_LOGIN_OK);
                                openPanel();
                            }
                            case LEAVE -> {
                                services.record(EventType.STAFF_LOGIN_OK);
                                services.leaveKiosk();
                            }
                            case CHANGE_PIN -> {
                                pad.stop();
                                show.accept(panel);
                            }
                        }
                    }

                    @Override
                    public void back() {
                        finish();
                    }

                    @Override
                    public void failed(boolean lockedNow) {
                        services.record(EventType.STAFF_LOGIN_FAILED);
                    }
                });
        this.pad = new PinPad(texts, keypad);
        LargerText padText = LargerText.follow(pad, larger::level);
        larger.onChange(level -> {
            padText.refresh();
            pad.revalidate();
        });
        this.hold = new CornerHold(frame, staff.hold(), () -> requestEntry(PinPadPresenter.Purpose.OPEN_STAFF));
        this.idle = new IdleTimer(staff.autoLock(), Duration.ZERO, System::currentTimeMillis);
        this.autoLock = new Timer(1000, e -> {
            if (open && idle.phase() != IdleTimer.Phase.ACTIVE) {
                finish();
            }
        });
    }

    /** Starts listening for the gesture and Ctrl+Alt+S. */
    public void install() {
        hold.install();
        KeyStroke keys = KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK);
        frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(keys, "staff");
        frame.getRootPane().getActionMap().put("staff", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                requestEntry(PinPadPresenter.Purpose.OPEN_STAFF);
            }
        });
        autoLock.start();
    }

    public void uninstall() {
        hold.uninstall();
        autoLock.stop();
        pad.stop();
    }

    public boolean isOpen() {
        return open;
    }

    /** Any touch while staff mode is open keeps it open. */
    public void touched() {
        idle.touched();
    }

    /**
     * Ctrl+Shift+Q: leaving the kiosk needs the PIN like everything else in staff mode. The keypad
     * asks for it and the right PIN leaves; staff already in the back office leave at once.
     * With no PIN (or one that cannot be read) it is the same keypad as the corner's.
     */
    public void requestLeave() {
        if (panel != null && open) {
            services.leaveKiosk();
        } else {
            requestEntry(PinPadPresenter.Purpose.LEAVE);
        }
    }

    private void requestEntry(PinPadPresenter.Purpose purpose) {
        if (open) {
            return;
        }
        open = true;
        idle.touched();
        keypad.start(purpose);
        show.accept(pad);
    }

    private void openPanel() {
        idle.touched();
        panel = new StaffPanel(services, texts, work, views, this::finish, this::changePin, larger);
        show.accept(panel);
    }

    private void changePin() {
        keypad.start(PinPadPresenter.Purpose.CHANGE_PIN);
        show.accept(pad);
    }

    private void finish() {
        boolean saved = panel != null && panel.changed();
        open = false;
        if (panel != null) {
            panel.closed();
        }
        panel = null;
        larger.reset(); // the next person in staff mode starts at the normal size
        pad.stop();
        close.accept(saved);
    }
}
