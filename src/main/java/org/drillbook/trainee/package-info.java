/**
 * A trainee's own record: a recruit signs in (role TRAINEE) and reads their training,
 * qualifications, sessions, the weapon they hold and the personal data held about them,
 * and nothing about anyone else. Admins give the sign-in from the recruit's page.
 */
package org.drillbook.trainee;
