package org.physiokiosk.ui;

import java.awt.Dimension;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * Base of the kiosk's custom-painted parts (slide text, illustrations, progress): a plain
 * {@link JComponent} has no accessible context, so screen readers would skip them.
 */
public abstract class PaintedComponent extends JComponent {
    private static final long serialVersionUID = 1L;

    private final AccessibleRole role;

    protected PaintedComponent(AccessibleRole role, String accessibleName) {
        this.role = role;
        setOpaque(false);
        getAccessibleContext().setAccessibleName(accessibleName);
    }

    /**
     * Without a UI delegate AWT would report the current size as the minimum and preferred
     * size, which feeds a stale size back into the layout; painted parts take what they get.
     */
    @Override
    public Dimension getMinimumSize() {
        return isMinimumSizeSet() ? super.getMinimumSize() : new Dimension(0, 0);
    }

    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(0, 0);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public AccessibleRole getAccessibleRole() {
                    return role;
                }
            };
        }
        return accessibleContext;
    }
}
